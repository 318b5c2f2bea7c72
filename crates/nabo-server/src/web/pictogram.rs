//! Pictograms of categories and access attributes: line drawings from the Lucide set
//! (ISC licence, <https://lucide.dev/license>, through the `icondata_lu` crate), inlined
//! as SVG in `currentColor` so they need no emoji font and no request, and take the
//! text's colour and size. Always shown beside the name they stand for, never alone.
//! The content names a pictogram (`icon = "briefcase"` in `taxonomy.toml` and
//! `attributes.toml`); a name not listed here draws nothing (a test checks the content's).

use icondata_core::IconData;
use icondata_lu as lucide;

/// A pictogram that can be drawn.
#[derive(Debug, Clone, Copy)]
pub struct Pictogram(&'static IconData);

impl Pictogram {
    /// The pictogram of a content name, if there is one.
    pub fn named(name: &str) -> Option<Self> {
        let icon = match name {
            "accessibility" => lucide::LuAccessibility,
            "ambulance" => lucide::LuAmbulance,
            "baby" => lucide::LuBaby,
            "blocks" => lucide::LuBlocks,
            "book-open" => lucide::LuBookOpen,
            "briefcase" => lucide::LuBriefcase,
            "calendar-clock" => lucide::LuCalendarClock,
            "coins" => lucide::LuCoins,
            "door-open" => lucide::LuDoorOpen,
            "dumbbell" => lucide::LuDumbbell,
            "eye-off" => lucide::LuEyeOff,
            "gift" => lucide::LuGift,
            "hand-heart" => lucide::LuHandHeart,
            "handshake" => lucide::LuHandshake,
            "heart" => lucide::LuHeart,
            "house" => lucide::LuHouse,
            "id-card" => lucide::LuIdCard,
            "languages" => lucide::LuLanguages,
            "library" => lucide::LuLibrary,
            "milk" => lucide::LuMilk,
            "pencil" => lucide::LuPencil,
            "piggy-bank" => lucide::LuPiggyBank,
            "scale" => lucide::LuScale,
            "school" => lucide::LuSchool,
            "shield" => lucide::LuShield,
            "siren" => lucide::LuSiren,
            "smile" => lucide::LuSmile,
            "speech" => lucide::LuSpeech,
            "stethoscope" => lucide::LuStethoscope,
            "user-check" => lucide::LuUserCheck,
            "users" => lucide::LuUsers,
            "users-round" => lucide::LuUsersRound,
            "venus" => lucide::LuVenus,
            "volleyball" => lucide::LuVolleyball,
            "waves" => lucide::LuWaves,
            _ => return None,
        };
        Some(Self(icon))
    }

    /// The drawing as inline SVG, hidden from assistive technology (the name beside it
    /// is what is read).
    pub fn svg(&self) -> String {
        let icon = self.0;
        format!(
            "<svg class=\"pictogram\" viewBox=\"{}\" width=\"24\" height=\"24\" fill=\"none\" \
             stroke=\"currentColor\" stroke-width=\"{}\" stroke-linecap=\"round\" \
             stroke-linejoin=\"round\" aria-hidden=\"true\" focusable=\"false\">{}</svg>",
            icon.view_box.unwrap_or("0 0 24 24"),
            icon.stroke_width.unwrap_or("2"),
            icon.data.split_whitespace().collect::<Vec<_>>().join(" "),
        )
    }
}
