MATCH (p:PartnerGroup {name: 'ASEAN'})
RETURN p.id