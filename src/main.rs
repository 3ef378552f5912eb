fn main() {
    customer_desk::start();
}
