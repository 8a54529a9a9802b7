/// Two versions of one file that differ only where a merge could not decide, joined into one
/// text with git's conflict markers around each differing run of lines, so a user resolves a
/// conflict on one field by editing one hunk, as in any other file.
public enum ConflictMarkers {
    /// Lines beyond which the middle is not diffed line by line but marked as one hunk.
    static let diffLimit = 4_000

    public static func join(ours: String, theirs: String, oursLabel: String = "ours", theirsLabel: String = "theirs") -> String {
        let a = lines(ours), b = lines(theirs)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
        var out: [String] = Array(a[..<prefix])
        func hunk(_ x: ArraySlice<String>, _ y: ArraySlice<String>) {
            guard !x.isEmpty || !y.isEmpty else { return }
            out.append("<<<<<<< \(oursLabel)")
            out.append(contentsOf: x)
            out.append("=======")
            out.append(contentsOf: y)
            out.append(">>>>>>> \(theirsLabel)")
        }
        if midA.count > diffLimit || midB.count > diffLimit {
            hunk(midA[...], midB[...])
        } else {
            // Longest common subsequence of the middle: common lines stay, the rest are hunks.
            let n = midA.count, m = midB.count
            var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = midA[i] == midB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0, startA = 0, startB = 0
            while i < n || j < m {
                if i < n, j < m, midA[i] == midB[j] {
                    hunk(midA[startA..<i], midB[startB..<j])
                    out.append(midA[i])
                    i += 1
                    j += 1
                    (startA, startB) = (i, j)
                } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
                    j += 1
                } else {
                    i += 1
                }
            }
            hunk(midA[startA..<n], midB[startB..<m])
        }
        out.append(contentsOf: a[(a.count - suffix)...])
        return out.joined(separator: "\n")
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
