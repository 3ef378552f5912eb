//! API errors as PORTOS problem details (`application/problem+json`), in en-GB or sk-SK.
//!
//! Handlers return `ApiError` (`http::problem`); its response carries the error as an
//! extension, and the `localise` middleware, which knows the request's language and path,
//! writes the body.

use crate::http::problem::ApiError;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use customer_desk_domain::i18n::{Locale, catalog};
use customer_desk_domain::problem::{ErrorCode, ProblemDetails, ResourceInfo};

/// `error` as PORTOS answers it: problem details, worded in `language`, about `instance`.
fn details(error: &ApiError, language: Locale, instance: &str) -> ProblemDetails {
    let slovak = language == Locale::Sk;
    let text = |en: &str, sk: &str| Some(if slovak { sk } else { en }.to_string());
    let status = error.status();
    let mut problem = ProblemDetails {
        problem_type: Some(format!("https://httpstatuses.io/{}", status.as_u16())),
        status: Some(status.as_u16()),
        instance: Some(instance.to_string()),
        ..Default::default()
    };
    match error {
        ApiError::Unauthenticated(reason) => {
            problem.title = text("Unauthenticated.", "Používateľ nie je prihlásený.");
            let translated = if slovak { super::slovak::translate(reason) } else { None };
            problem.detail = Some(translated.unwrap_or_else(|| reason.to_string()));
            problem.error_code = Some(ErrorCode::Unauthenticated as i32);
        }
        ApiError::Forbidden { right } => {
            problem.title = text("Unauthorized.", "Používateľ nemá oprávnenie.");
            problem.detail =
                Some(if slovak { format!("Chýba oprávnenie '{right}'.") } else { format!("The right '{right}' is required.") });
            problem.error_code = Some(ErrorCode::Unauthorized as i32);
        }
        ApiError::NotFound => {
            // Exactly the documented body: `{"title": ..., "status": 404}`.
            return ProblemDetails {
                title: text("Resource not found", "Zdroj nebol nájdený"),
                status: problem.status,
                ..Default::default()
            };
        }
        ApiError::Validation(errors) => {
            problem.title = text("One or more validation errors occurred.", "Jedno alebo viac overení zlyhalo.");
            problem.error_code = Some(ErrorCode::ValidationFailed as i32);
            problem.errors = errors.clone();
            if slovak {
                for error in &mut problem.errors {
                    // The domain's rules carry their message as a Text, worded in the
                    // app's own Slovak catalog; the server's own checks are translated here.
                    let translated = match &error.text {
                        Some(text) => Some(catalog(Locale::Sk).render(text)),
                        None => super::slovak::translate(&error.message),
                    };
                    if let Some(text) = translated {
                        error.message = text;
                    }
                }
            }
        }
        ApiError::VersionMismatch { id, version } => {
            problem.title = text("Resource version mismatch.", "Verzia zdroja sa nezhoduje.");
            problem.detail =
                text("The resource was changed by someone else; load it again.", "Zdroj medzičasom zmenil niekto iný; načítajte ho znova.");
            problem.error_code = Some(ErrorCode::ResourceVersionMismatch as i32);
            problem.resource = Some(ResourceInfo { name: "customer".into(), id: id.clone(), version: Some(*version) });
        }
        ApiError::Internal => {
            problem.title = text("Internal server error.", "Interná chyba servera.");
        }
    }
    problem
}

/// The first of en / sk named in Accept-Language (quality order), English by default: the
/// two languages PORTOS speaks.
pub fn language_of(accept_language: Option<&str>) -> Locale {
    let Some(header) = accept_language else { return Locale::En };
    let mut ranges: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
            Some((quality, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges
        .into_iter()
        .find_map(|(_, tag)| Locale::from_tag(tag).filter(|locale| matches!(locale, Locale::En | Locale::Sk)))
        .unwrap_or(Locale::En)
}

/// Writes the problem body of any `ApiError` response in the request's language.
pub async fn localise(request: Request, next: Next) -> Response {
    let language = language_of(request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
    // Inside `nest("/api")` the URI has lost its prefix; the original one has it.
    let path = request
        .extensions()
        .get::<axum::extract::OriginalUri>()
        .map_or_else(|| request.uri().path().to_string(), |original| original.path().to_string());
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<ApiError>().cloned() else { return response };
    let problem = details(&error, language, &path);
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    let (mut parts, _) = response.into_parts();
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    parts.headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(language.tag()));
    parts.headers.remove(header::CONTENT_LENGTH);
    if matches!(error, ApiError::Unauthenticated(_)) {
        parts.headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    Response::from_parts(parts, axum::body::Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::language_of;
    use customer_desk_domain::i18n::Locale;

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(language_of(Some("sk-SK")), Locale::Sk);
        assert_eq!(language_of(Some("de-DE, sk;q=0.8, en;q=0.5")), Locale::Sk);
        assert_eq!(language_of(Some("sk;q=0.4, en-GB")), Locale::En);
        assert_eq!(language_of(Some("fr")), Locale::En);
        assert_eq!(language_of(Some("id-ID, sk;q=0.5")), Locale::Sk);
        assert_eq!(language_of(None), Locale::En);
    }
}
