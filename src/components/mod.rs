pub mod require_sign_in;
pub mod shell;
pub mod user_menu;
