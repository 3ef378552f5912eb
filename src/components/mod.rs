//! What several pages share: the shell's pieces, dialogs, notices, shortcuts.

pub mod breadcrumb;
pub mod camera_scan;
pub mod card_scanner;
pub mod colour_scheme;
pub mod confirm_dialog;
pub mod connection_status;
pub mod date_reading;
pub mod focus_trap;
pub mod header_settings;
pub mod held_mark;
pub mod kiosk;
pub mod language_select;
pub mod live_notice;
pub mod modal;
pub mod notices;
pub mod page_focus;
pub mod require_sign_in;
pub mod shell;
pub mod shortcuts;
pub mod sign_in_method;
pub mod unreadable_notice;
pub mod user_menu;
pub mod waiting_to_send;
