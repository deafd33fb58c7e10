import Foundation
import GraphLoader
import GraphStore
import Shell

/// A small trade graph written as CSV and loaded with the real loader, and a session over it whose output
/// is captured.
enum Fixture {
    static let sources = """
        id,kind,title,date,language,document
        brief,briefing,"Briefing on trade, 2025",2026-01-14,en,brief.txt

        """
    static let entities = """
        id,label,name,name_zh,aliases,description
        china,Economy,China,中国,PRC,The reporting economy
        asean,PartnerGroup,ASEAN,东盟,Association of Southeast Asian Nations,Ten-member group
        vietnam,Partner,Vietnam,越南,Viet Nam,Country
        eu,PartnerGroup,European Union,欧盟,EU,Union of 27 countries
        europe,PartnerGroup,Europe,欧洲,,Continent
        hainan,Region,Hainan,海南,,Island province
        hainan-ftp,Policy,Hainan Free Trade Port,海南自由贸易港,Hainan,Free trade port
        wang-jun,Person,Wang Jun,王军,,Deputy minister
        electronics,Product,Electronics,电子产品,,Electronic products

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

    /// Writes the fixture graph into a folder.
    static func writeGraph(into folder: TemporaryFolder, named name: String = "graph") throws -> String {
        let graph = folder.path(name)
        try FileManager.default.createDirectory(atPath: graph, withIntermediateDirectories: false)
        for (file, text) in [("sources", sources), ("entities", entities), ("relations", relations), ("measurements", measurements)] {
            try folder.write(name + "/" + file + ".csv", text)
        }
        return graph
    }

    /// The fixture graph, loaded.
    static func store() throws -> GraphStore {
        let folder = try TemporaryFolder()
        return try GraphLoader.load(folders: [try writeGraph(into: folder)])
    }
}

/// What a session wrote, stream by stream.
final class Captured {
    var output = ""
    var error = ""

    /// A console writing here.
    func console(terminal: Bool = false, colour: Bool = false) -> Console {
        Console(standardOutput: { self.output += $0 }, standardError: { self.error += $0 },
                outputIsTerminal: terminal, errorIsTerminal: terminal, colourAllowed: colour)
    }

    /// A script-mode session over a store, with output captured here.
    func session(_ store: GraphStore, mode: ShellSession.Mode = .script, terminal: Bool = false,
                 colour: Bool = false) -> ShellSession {
        ShellSession(store: store, mode: mode, console: console(terminal: terminal, colour: colour))
    }
}
