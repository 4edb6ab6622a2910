//! The playground web app. Trunk builds this binary for wasm32; the UI lives in `src/web/`.

#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(target_arch = "wasm32")]
fn main() {
    web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The playground runs in the browser: `make serve`, then open http://127.0.0.1:8080/");
}
