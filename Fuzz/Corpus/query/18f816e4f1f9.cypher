MATCH (p:Partner)-[:MEMBER_OF]->(:PartnerGroup {name: 'ASEAN'})
RETURN p.name AS partner
ORDER BY partner