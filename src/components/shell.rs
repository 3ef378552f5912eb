//! The layout around every page: the header with the product name, navigation, the
//! connection's and live updates' status, settings and the user menu (hidden with
//! `?embed=1`), and the main area with the notices above the routed page.

use crate::components::connection_status::ConnectionStatus;
use crate::components::notices::NoticeArea;
use crate::components::user_menu::UserMenu;
use crate::components::waiting_to_send::WaitingToSend;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Layout(embed: bool, kiosk: bool, children: Children) -> impl IntoView {
    view! {
        <div class="layout" class:layout--embed=embed class:layout--kiosk=kiosk>
            {(!embed).then(|| view! { <Header /> })}
            <main id="main" class="main" tabindex="-1">
                // Embedded, without the header, the connection's state shows above the page.
                {embed.then(|| view! { <ConnectionStatus /><WaitingToSend /> })}
                <NoticeArea />
                {children()}
            </main>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <header class="topbar">
            <a class="skip-link" href="#main">{i18n.text("shell-skip-to-content")}</a>
            <span class="brand">"customer-desk"</span>
            <nav class="topbar__nav" aria-label=i18n.text("shell-nav-label")>
                <A href="/customers">{i18n.text("shell-nav-customers")}</A>
            </nav>
            <ConnectionStatus />
            <WaitingToSend />
            <crate::live::LiveStatus />
            <crate::components::header_settings::HeaderSettings />
            <UserMenu />
        </header>
    }
}
