//! `ip_equal` / `ip_not_equal` (rule C7): IPv4 or IPv6, CIDR or bare address; host bits in a CIDR are masked
//! off (our choice: official examples write `10.217.182.3/24`).

use std::net::IpAddr;

use ipnet::IpNet;

use super::ValueProblem;

/// A policy value as a network, and whether host bits had to be masked off.
pub fn parse_network(text: &str) -> Result<(IpNet, bool), ValueProblem> {
    let text = text.trim();
    if text.contains('/') {
        let net: IpNet = text.parse().map_err(|_| ValueProblem::NotAnIpRange {
            value: text.to_string(),
        })?;
        let masked = net.trunc();
        Ok((masked, masked != net))
    } else {
        let address = parse_address(text)?;
        Ok((IpNet::from(address), false))
    }
}

pub fn parse_address(text: &str) -> Result<IpAddr, ValueProblem> {
    text.trim()
        .parse()
        .map_err(|_| ValueProblem::NotAnIpAddress {
            value: text.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidrs_and_addresses() {
        let (net, masked) = parse_network("10.217.182.3/24").unwrap();
        assert!(masked);
        assert!(net.contains(&parse_address("10.217.182.200").unwrap()));
        let (net, masked) = parse_network("10.1.2.3").unwrap();
        assert!(!masked && net.contains(&parse_address("10.1.2.3").unwrap()));
        assert!(!net.contains(&parse_address("10.1.2.4").unwrap()));
        assert!(parse_network("2001:db8::/32")
            .unwrap()
            .0
            .contains(&parse_address("2001:db8::1").unwrap()));
        assert!(parse_network("10.0.0.0/33").is_err());
        assert!(parse_address("10.0.0.256").is_err());
    }
}
