import ResidencyModel
import ResidencyTUI
import Testing

/// Forms, pickers and confirmations drawn over the screen at 80 x 24, against golden files (see
/// `expectSnapshot`), and the styles of the focused field on the buffer.
@Suite("Overlay snapshots")
struct OverlaySnapshotTests {
    /// Systems, the uploads bucket selected, its form open (in memory, so the header names map.yaml).
    private func uploadsForm() -> AppState {
        var state = MapScreenMaps.state()
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("e"))
        return state
    }

    /// The row and column where `text` first starts on the buffer (on `only` row if given), counting cells.
    private func find(_ text: String, in buffer: ScreenBuffer, row only: Int? = nil) -> (row: Int, column: Int)? {
        for row in only.map({ [$0] }) ?? Array(0..<buffer.height) {
            var cells: [String] = []
            for column in 0..<buffer.width { cells.append(buffer[column, row].character) }
            let line = cells.map { $0.isEmpty ? "\u{0}" : $0 }
            let needle = text.map(String.init)
            guard needle.count <= line.count else { continue }
            for start in 0...(line.count - needle.count) where Array(line[start..<(start + needle.count)]) == needle {
                return (row, start)
            }
        }
        return nil
    }

    @Test("A system's form at 80 x 24")
    func systemForm() {
        var state = uploadsForm()
        state.focusField("location")
        expectSnapshot(AppView.render(state), named: "form-system-acme-80x24")
    }

    @Test("A refused form shows the message under its field")
    func refusedForm() {
        var state = uploadsForm()
        state.setField("location", to: "aws:eu-cental-1")
        state.focusField("vendor")
        state.press(.enter)
        expectSnapshot(AppView.render(state), named: "form-system-error-80x24")
    }

    @Test("A location picker after typing frank at 80 x 24")
    func locationPicker() {
        var state = uploadsForm()
        state.focusField("location")
        state.press(.control("p"))
        state.type("frank")
        expectSnapshot(AppView.render(state), named: "picker-location-frank-80x24")
    }

    @Test("A delete confirmation listing what goes with the system at 80 x 24")
    func deleteConfirmation() {
        var state = MapScreenMaps.state()
        state.press(.character("2"))
        state.select(.system("error-tracking"))
        state.press(.character("D"))
        expectSnapshot(AppView.render(state), named: "confirm-delete-system-80x24")
    }

    @Test("The focused field is drawn in the selection style with the cursor in it; other values are not")
    func focusedFieldStyle() throws {
        var state = uploadsForm()
        state.focusField("vendor")
        let theme = state.theme
        let buffer = AppView.render(state)
        let vendor = try #require(find("AWS S3", in: buffer))
        for column in vendor.column..<(vendor.column + 6) {
            #expect(buffer[column, vendor.row].style == theme.selection, "column \(column)")
        }
        // The highlight runs past the text, to the end of the field.
        #expect(buffer[vendor.column + 10, vendor.row].style == theme.selection)
        #expect(buffer.cursor == Position(column: vendor.column + 6, row: vendor.row), "the cursor after the text")
        let label = try #require(find("Vendor", in: buffer))
        #expect(label.row == vendor.row)
        #expect(buffer[label.column, label.row].style == theme.key, "the focused field's label stands out")

        let nameLabel = try #require(find("Name*", in: buffer))
        #expect(buffer[nameLabel.column, nameLabel.row].style == theme.muted)
        let name = try #require(find("File uploads", in: buffer, row: nameLabel.row))
        #expect(name.column == vendor.column, "values line up after the labels")
        #expect(buffer[name.column, name.row].style == theme.text, "an unfocused value is plain text")

        // Moving the cursor moves the terminal cursor, not the highlight.
        state.press(.home)
        #expect(AppView.render(state).cursor == Position(column: vendor.column, row: vendor.row))
    }

    @Test("The picker's selected option is drawn in the selection style")
    func pickerSelectionStyle() throws {
        var state = uploadsForm()
        state.focusField("location")
        state.press(.control("p"))
        state.type("frank")
        let buffer = AppView.render(state)
        let selected = try #require(state.topPicker?.selected?.label)
        let found = try #require(find(selected, in: buffer))
        #expect(buffer[found.column, found.row].style == state.theme.selection)
        #expect(buffer[found.column - 4, found.row].character == "[", "a [x] mark before each option of a list field")
        let other = try #require(state.topPicker?.options.dropFirst().first?.label)
        let unselected = try #require(find(other, in: buffer))
        #expect(buffer[unselected.column, unselected.row].style != state.theme.selection)
    }
}
