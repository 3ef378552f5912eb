pub mod confirm_dialog;
pub mod customer_table;
pub mod pagination;
pub mod require_sign_in;
pub mod search_box;
pub mod shell;
pub mod user_menu;
