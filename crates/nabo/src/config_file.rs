//! The configuration file (`--config FILE`, `NABO_CONFIG`): TOML whose keys are the long
//! flags of the command line with `_` for `-`, the global ones at the top and each
//! command's in its table (`[serve]`, `[user.add]`).
//!
//! Nothing here names a flag. The file's values become the flags' defaults and the command
//! line is parsed again, so clap's own precedence decides — flag, then environment
//! variable, then file, then built-in default — and every new flag can be set in the file
//! without more code. The whole file is checked, also the tables of commands not run: a
//! key that names no flag, a value clap would refuse and broken TOML are errors naming the
//! file, the line and the key.

use anyhow::{Result, anyhow};
use clap::{Arg, ArgAction, Command};
use std::path::Path;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The id of the flag naming the configuration file, which the file cannot set.
pub const CONFIG_ARG: &str = "config";

/// `command` with the values of the configuration file at `path` as its flags' defaults.
pub fn apply(command: Command, path: &Path) -> Result<Command> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow!("cannot read the configuration file {}: {e}", path.display()))?;
    let file = Source { path, text: &text };
    let table = DeTable::parse(&text).map_err(|e| {
        file.error(
            e.span().map_or(0, |span| span.start),
            None,
            &format!("not valid TOML: {}", e.message()),
        )
    })?;
    apply_table(command, table.get_ref(), &file, "")
}

/// The file's text, to say where a problem is.
struct Source<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Source<'_> {
    fn error(&self, offset: usize, key: Option<&str>, problem: &str) -> anyhow::Error {
        let line = self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1;
        let key = key.map(|key| format!(", key {key}")).unwrap_or_default();
        anyhow!(
            "configuration file {}, line {line}{key}: {problem}",
            self.path.display()
        )
    }
}

/// Applies one table of the file to `command` (the root or a subcommand); `prefix` is
/// the table's path in the file (`user.add.`).
fn apply_table(
    mut command: Command,
    table: &DeTable<'_>,
    file: &Source<'_>,
    prefix: &str,
) -> Result<Command> {
    for (key, value) in table {
        let name: &str = key.get_ref();
        let key_path = format!("{prefix}{name}");
        let at = |offset: usize, problem: &str| file.error(offset, Some(&key_path), problem);
        if let Some(subcommand) = find_subcommand(&command, name) {
            let DeValue::Table(inner) = value.get_ref() else {
                return Err(at(
                    value.span().start,
                    &format!("{name} is a command: its settings go in a table [{key_path}]"),
                ));
            };
            let subcommand_name = subcommand.get_name().to_owned();
            let applied = apply_table(subcommand, inner, file, &format!("{key_path}."))?;
            command = command.mut_subcommand(subcommand_name, |_| applied);
        } else if let Some(arg) = find_arg(&command, name) {
            let defaults = defaults_for(&arg, value).map_err(|p| at(value.span().start, &p))?;
            command = command.mut_arg(arg.get_id(), |arg| arg.default_values(defaults));
        } else {
            return Err(at(key.span().start, &unknown(&command, prefix)));
        }
    }
    Ok(command)
}

/// A file key names a flag or command with `_` for `-`.
fn key_of(name: &str) -> String {
    name.replace('-', "_")
}

fn find_subcommand(command: &Command, key: &str) -> Option<Command> {
    command
        .get_subcommands()
        .find(|subcommand| key_of(subcommand.get_name()) == key)
        .cloned()
}

fn find_arg(command: &Command, key: &str) -> Option<Arg> {
    command
        .get_arguments()
        .find(|arg| arg.get_long().is_some_and(|long| key_of(long) == key))
        .cloned()
}

fn unknown(command: &Command, prefix: &str) -> String {
    let settings: Vec<String> = command
        .get_arguments()
        .filter(|arg| arg.get_id() != CONFIG_ARG && !arg.is_required_set())
        .filter_map(|arg| arg.get_long().map(key_of))
        .collect();
    let tables: Vec<String> = command
        .get_subcommands()
        .map(|subcommand| format!("[{prefix}{}]", key_of(subcommand.get_name())))
        .collect();
    let mut known = if settings.is_empty() {
        "this table takes no settings".to_owned()
    } else {
        format!("the settings here are {}", settings.join(", "))
    };
    if !tables.is_empty() {
        known.push_str(&format!("; the commands' tables are {}", tables.join(", ")));
    }
    format!("unknown setting ({known})")
}

/// The default values a file's value gives `arg`, or why it cannot.
fn defaults_for(arg: &Arg, value: &Spanned<DeValue<'_>>) -> Result<Vec<String>, String> {
    let flag = format!("--{}", arg.get_long().unwrap_or_default());
    if arg.get_id() == CONFIG_ARG {
        return Err("a configuration file cannot name another one".to_owned());
    }
    if arg.is_required_set() {
        return Err(format!("{flag} is required: give it on the command line"));
    }
    let values = match arg.get_action() {
        ArgAction::SetTrue | ArgAction::SetFalse => match value.get_ref() {
            DeValue::Boolean(on) => return Ok(vec![on.to_string()]),
            other => Err(format!(
                "expected true or false, found {}",
                other.type_str()
            )),
        },
        ArgAction::Append => match value.get_ref() {
            DeValue::Array(items) => items.iter().map(|item| scalar(item.get_ref())).collect(),
            single => scalar(single).map(|one| vec![one]),
        },
        ArgAction::Set => scalar(value.get_ref()).map(|one| vec![one]),
        _ => Err(format!("{flag} cannot be set in a configuration file")),
    }?;
    check_values(arg, &values)?;
    Ok(values)
}

/// A string, integer or float of the file as the text a flag would be given.
fn scalar(value: &DeValue<'_>) -> Result<String, String> {
    match value {
        DeValue::String(text) => Ok(text.to_string()),
        DeValue::Integer(integer) => i128::from_str_radix(integer.as_str(), integer.radix())
            .map(|n| n.to_string())
            .map_err(|e| format!("integer out of range: {e}")),
        DeValue::Float(float) => Ok(float.as_str().to_owned()),
        other => Err(format!(
            "expected a string or a number, found {}",
            other.type_str()
        )),
    }
}

/// Runs `values` through the flag's own value parser, as if given on the command line.
fn check_values(arg: &Arg, values: &[String]) -> Result<(), String> {
    let long = arg.get_long().unwrap_or_default();
    let probe = Command::new("nabo").no_binary_name(true).arg(
        Arg::new("value")
            .long(long.to_owned())
            .value_name("VALUE")
            .value_parser(arg.get_value_parser().clone())
            .action(ArgAction::Append),
    );
    let given = values.iter().map(|value| format!("--{long}={value}"));
    match probe.try_get_matches_from(given) {
        Ok(_) => Ok(()),
        Err(error) => {
            let rendered = error.to_string();
            let message = rendered.split("\n\n").next().unwrap_or_default();
            let message = message.trim_start_matches("error: ");
            let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
            Err(message)
        }
    }
}
