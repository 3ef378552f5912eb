//! Compiles one language's Fluent files into the compact messages the app reads
//! (`customer_desk_domain::i18n`), at build time, so that Fluent's parser and resolver stay
//! out of the wasm. Shared by the domain's `build.rs` (the built-in languages) and the app's
//! (the languages fetched on demand), through `#[path]`.
//!
//! The output is JSON: an object from message id to pattern, where a pattern is a string
//! (most messages) or an array of parts: a string of text, `{"var": name}`, or
//! `{"select": name, "default": key, "variants": {key: pattern, …}}`. The `.ftl` files stay
//! the translators' source; anything beyond what the compact form holds (terms, message
//! references, functions, attributes, number keys) fails the build with its message id.

use fluent_syntax::ast;
use std::fmt::Write as _;
use std::path::Path;

/// A language's `.ftl` files (`locales/<code>/`), in name order, telling cargo to build
/// again when one changes.
pub fn sources(folder: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .expect("each language has a locales folder")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|file| {
            println!("cargo:rerun-if-changed={}", file.display());
            std::fs::read_to_string(file).expect("a readable .ftl file")
        })
        .collect()
}

/// The compact messages of `sources` (one language's `.ftl` files), or what is wrong.
pub fn compile(sources: &[String]) -> Result<String, String> {
    let mut out = String::from("{");
    let mut first = true;
    for source in sources {
        let resource =
            fluent_syntax::parser::parse(source.as_str()).map_err(|(_, errors)| format!("the Fluent file does not parse: {errors:?}"))?;
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    if !message.attributes.is_empty() {
                        return Err(format!("{id}: attributes are not supported"));
                    }
                    let Some(pattern) = message.value else { return Err(format!("{id}: a message needs a value")) };
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    write_string(&mut out, id);
                    out.push(':');
                    write_pattern(&mut out, id, &pattern)?;
                }
                ast::Entry::Term(term) => return Err(format!("-{}: terms are not supported", term.id.name)),
                ast::Entry::Junk { content } => return Err(format!("not Fluent: {content}")),
                ast::Entry::Comment(_) | ast::Entry::GroupComment(_) | ast::Entry::ResourceComment(_) => {}
            }
        }
    }
    out.push('}');
    Ok(out)
}

/// A pattern: one string when it is plain text, else an array of parts.
fn write_pattern(out: &mut String, id: &str, pattern: &ast::Pattern<&str>) -> Result<(), String> {
    let mut parts: Vec<Part> = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => match parts.last_mut() {
                Some(Part::Text(text)) => text.push_str(value),
                _ => parts.push(Part::Text((*value).to_owned())),
            },
            ast::PatternElement::Placeable { expression } => parts.push(Part::Placeable(expression)),
        }
    }
    if let [Part::Text(text)] = parts.as_slice() {
        write_string(out, text);
        return Ok(());
    }
    out.push('[');
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        match part {
            Part::Text(text) => write_string(out, text),
            Part::Placeable(expression) => write_placeable(out, id, expression)?,
        }
    }
    out.push(']');
    Ok(())
}

enum Part<'a> {
    Text(String),
    Placeable(&'a ast::Expression<&'a str>),
}

fn write_placeable(out: &mut String, id: &str, expression: &ast::Expression<&str>) -> Result<(), String> {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id: variable }) => {
            out.push_str("{\"var\":");
            write_string(out, variable.name);
            out.push('}');
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) if !value.contains('\\') => write_string(out, value),
        ast::Expression::Select { selector: ast::InlineExpression::VariableReference { id: variable }, variants } => {
            out.push_str("{\"select\":");
            write_string(out, variable.name);
            let mut default = None;
            out.push_str(",\"variants\":{");
            for (index, variant) in variants.iter().enumerate() {
                let ast::VariantKey::Identifier { name } = variant.key else {
                    return Err(format!("{id}: only plural categories and words can be variant keys"));
                };
                if variant.default {
                    default = Some(name);
                }
                if index > 0 {
                    out.push(',');
                }
                write_string(out, name);
                out.push(':');
                write_pattern(out, id, &variant.value)?;
            }
            out.push_str("},\"default\":");
            write_string(out, default.ok_or_else(|| format!("{id}: a select needs a default variant"))?);
            out.push('}');
        }
        _ => return Err(format!("{id}: only variables and selects on a variable are supported in placeables")),
    }
    Ok(())
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
