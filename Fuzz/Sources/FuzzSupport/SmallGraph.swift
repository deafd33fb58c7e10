/// A small graph that loads, one table per kind: the fixed tables the table targets put around the fuzzed
/// one, with something for every column to refer to (sources, each entity label, speakers).
enum SmallGraph {
    static func table(_ kind: TableHarness.Kind) -> String {
        switch kind {
        case .sources: return sources
        case .entities: return entities
        case .relations: return relations
        case .measurements: return measurements
        }
    }

    static let sources = """
        id,kind,title,date,language,document
        brief,briefing,"Briefing on trade, 2025",2026-01-14,en,brief.txt
        recap,article,Recap,2026-01-20,zh,recap.txt

        """
    static let entities = """
        id,label,name,name_zh,aliases,description
        china,Economy,China,中国,PRC,The reporting economy
        asean,PartnerGroup,ASEAN,东盟,Association of Southeast Asian Nations,Ten-member group
        vietnam,Partner,Vietnam,越南,Viet Nam,Country
        hainan,Region,Hainan,海南,,Island province
        hainan-ftp,Policy,Hainan Free Trade Port,海南自由贸易港,Hainan,Free trade port
        wang-jun,Person,Wang Jun,王军,,Deputy minister
        electronics,Product,Electronics,电子产品,,Electronic products
        private,EnterpriseType,Private enterprises,民营企业,,
        rail,Channel,China-Europe Railway Express,中欧班列,,
        gacc,Organization,General Administration of Customs,海关总署,GACC,
        expo,Event,Canton Fair,广交会,,

        """
    static let relations = """
        from,type,to,source,note
        vietnam,MEMBER_OF,asean,,definitional
        wang-jun,SPOKE_AT,brief,,

        """
    static let measurements = """
        id,metric,flow,period,value,unit,approx,partner,product,source,line,speaker,evidence
        m1,value,total,2025,7550000000000,CNY,,asean,,brief,12,wang-jun,7.55 trillion yuan
        m2,yoy_growth,total,2025,8.0,percent,,asean,,brief,12,wang-jun,up 8%
        m3,value,total,2025-Q1,1710000000000,CNY,about,asean,,brief,5,,about 1.71 trillion
        m4,value,export,2025-H1,200000000000,CNY,,asean,electronics,brief,20,wang-jun,200 billion
        m5,value,total,2025,45470000000000,CNY,,,,brief,3,wang-jun,45.47 trillion

        """
}
