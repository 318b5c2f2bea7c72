//! Which query parameters an endpoint takes, and which of them may be repeated: read
//! from the parameters its OpenAPI description lists (`QueryNames::of`), so that the
//! endpoint refuses exactly the parameters its documentation does not name.

use serde_json::Value;
use utoipa::IntoParams;
use utoipa::openapi::path::ParameterIn;

/// The names of an endpoint's query parameters.
#[derive(Debug, Clone, Default)]
pub struct QueryNames {
    names: Vec<String>,
    repeatable: Vec<String>,
}

impl QueryNames {
    /// The query parameters of a documented parameter type; arrays may be repeated.
    pub fn of<P: IntoParams>() -> Self {
        let mut known = Self::default();
        for parameter in P::into_params(|| Some(ParameterIn::Query)) {
            if parameter.parameter_in != ParameterIn::Query {
                continue;
            }
            let schema = serde_json::to_value(&parameter.schema).unwrap_or_default();
            let is_array = match &schema["type"] {
                Value::String(kind) => kind == "array",
                Value::Array(kinds) => kinds.iter().any(|kind| kind == "array"),
                _ => false,
            };
            if is_array {
                known.repeatable.push(parameter.name.clone());
            }
            known.names.push(parameter.name);
        }
        known
    }

    /// Parameters named here (for endpoints outside the OpenAPI document: HSDS).
    pub fn listed(names: &[&str]) -> Self {
        Self {
            names: names.iter().map(|name| (*name).to_owned()).collect(),
            repeatable: Vec::new(),
        }
    }

    pub fn knows(&self, name: &str) -> bool {
        self.names.iter().any(|known| known == name)
    }

    pub fn may_repeat(&self, name: &str) -> bool {
        self.repeatable.iter().any(|known| known == name)
    }

    /// The names, for an error message.
    pub fn joined(&self) -> String {
        self.names.join(", ")
    }
}
