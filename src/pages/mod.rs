pub mod config_error;
pub mod customer_detail;
pub mod customer_form;
pub mod customer_list;
pub mod customer_loading;
pub mod lazy;
pub mod not_found;
pub mod sign_in;
