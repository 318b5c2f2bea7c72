//! The OpenAPI document as served: the generated document (`openapi`) with what the server
//! accepts at this moment written into it — the supported language tags (with their other
//! tags), the area, category and attribute ids and the postcodes of the reference data —
//! so that a request the document allows is a request the server answers, and one it
//! refuses is refused.

use nabo_domain::ReferenceData;
use serde_json::{Value, json};

/// The served document for the directory's current reference data.
pub fn document(base: &Value, reference: &ReferenceData) -> Value {
    let languages: Vec<&str> = reference
        .languages
        .all()
        .iter()
        .flat_map(|l| std::iter::once(&l.tag).chain(&l.aliases))
        .map(|tag| tag.as_str())
        .collect();
    let areas: Vec<&str> = reference.areas.keys().map(|id| id.as_str()).collect();
    let postcodes: Vec<&str> = reference
        .postcodes
        .keys()
        .map(|code| code.as_str())
        .collect();
    let categories: Vec<&str> = reference.categories.iter().map(|c| c.id.as_str()).collect();
    let attributes: Vec<&str> = reference.attributes.iter().map(|a| a.id.as_str()).collect();
    let mut document = base.clone();
    let operations = document["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut());
    for operation in operations {
        let Some(parameters) = operation
            .get_mut("parameters")
            .and_then(Value::as_array_mut)
        else {
            continue;
        };
        for parameter in parameters.iter_mut() {
            let name = parameter["name"].as_str().unwrap_or_default().to_owned();
            if parameter["in"] == "path" {
                if name == "lang" {
                    parameter["schema"]["enum"] = json!(languages);
                }
                continue;
            }
            if parameter["in"] != "query" {
                continue;
            }
            if parameter["required"] != true {
                // An empty value counts as not given (as HTML forms send them).
                parameter["allowEmptyValue"] = json!(true);
            }
            let schema = &mut parameter["schema"];
            match name.as_str() {
                "lang" | "from" | "to" => schema["enum"] = json!(languages),
                "area" => schema["enum"] = json!(areas),
                "postcode" => schema["enum"] = json!(postcodes),
                "category" => schema["enum"] = json!(categories),
                "attribute" => schema["items"]["enum"] = json!(attributes),
                _ => {}
            }
        }
    }
    // Insight bodies: languages, areas and categories of the directory.
    let schemas = &mut document["components"]["schemas"];
    schemas["ReferralBody"]["properties"]["language"]["enum"] = json!(languages);
    let unmet = &mut schemas["UnmetBody"]["properties"];
    unmet["lang"]["enum"] = json!(languages);
    unmet["area"]["enum"] = json!(areas);
    unmet["needed"]["enum"] = json!(categories);
    // An account's scope: areas and languages of the directory.
    for body in ["AccountBody", "NewAccountBody"] {
        let account = &mut document["components"]["schemas"][body]["properties"];
        account["areas"]["items"]["enum"] = json!(areas);
        account["languages"]["items"]["enum"] = json!(languages);
    }
    document
}
