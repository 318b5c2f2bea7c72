//! Coordinates (WGS 84) and distances between them.

use serde::{Deserialize, Serialize};

/// A point on Earth in decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Geo {
    pub lat: f64,
    pub lon: f64,
}

const EARTH_RADIUS_M: f64 = 6_371_008.8;

impl Geo {
    /// Checks that both numbers are finite and within range.
    pub fn new(lat: f64, lon: f64) -> Result<Self, String> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(format!("latitude {lat} is outside -90..90"));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(format!("longitude {lon} is outside -180..180"));
        }
        Ok(Self { lat, lon })
    }

    /// Great-circle distance in metres (haversine).
    pub fn distance_m(&self, other: &Geo) -> f64 {
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().atan2((1.0 - a).sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copenhagen_to_aarhus_is_about_157_km() {
        let copenhagen = Geo::new(55.6761, 12.5683).expect("valid");
        let aarhus = Geo::new(56.1567, 10.2108).expect("valid");
        let km = copenhagen.distance_m(&aarhus) / 1000.0;
        assert!((155.0..160.0).contains(&km), "{km}");
        assert!(Geo::new(91.0, 0.0).is_err());
        assert!(Geo::new(0.0, f64::NAN).is_err());
    }
}
