//! Requests under a rate limit (DealPOS: 50 per 180 s): a 429 is waited out as the server
//! says (`Retry-After`) and the request sent again, a few times at most.

use super::ApiError;

pub async fn paced<T, F, Fut>(send: F) -> Result<T, ApiError>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<T, ApiError>>,
{
    let mut attempts = 0;
    loop {
        match send().await {
            Err(ApiError::RateLimited { retry_after_seconds }) if attempts < 5 => {
                attempts += 1;
                crate::timing::sleep(retry_after_seconds.unwrap_or(5).saturating_mul(1000).saturating_add(250)).await;
            }
            other => return other,
        }
    }
}
