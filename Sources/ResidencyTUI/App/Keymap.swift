/// Keys bound to one action, with the words the help screen shows and, optionally, the shorter
/// words the footer shows.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    /// What the action does, for the help screen: "Move the selection down".
    public var help: String
    /// The footer's short label ("quit"); `nil` keeps the binding out of the footer.
    public var footer: String?
    /// Neighbouring bindings with the same group show as one help line under this label
    /// ("1-6"), with the first one's help text.
    public var group: String?
    /// Why the action cannot run now ("read-only: opened with --read-only"); the key then says
    /// this instead of acting, and help shows it beside the binding.
    public var disabledReason: String?

    public init(_ keys: [Key], _ action: Action, help: String, footer: String? = nil, group: String? = nil,
                disabledReason: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.footer = footer
        self.group = group
        self.disabledReason = disabledReason
    }

    /// The keys as shown: "↓ j".
    public var keyLabel: String { keys.map(\.description).joined(separator: " ") }

    /// The first key alone, as the footer shows it: "j" would hide "↓", so the footer shows the
    /// first key written in the binding.
    public var primaryKeyLabel: String { keys.first?.description ?? "" }
}

/// The keys of one screen (or of the whole app) in the order help lists them. The help screen and
/// the footer are generated from keymaps, so a binding and its description never drift apart.
public struct Keymap: Sendable, Hashable {
    public var title: String
    public var bindings: [KeyBinding]

    public init(title: String, bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }

    /// An empty keymap: a screen that only uses the app's keys.
    public static func none(_ title: String) -> Keymap { Keymap(title: title, bindings: []) }

    /// The action a key asks for here, if any (the first binding that lists the key wins).
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The binding a key belongs to.
    public func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.keys.contains(key) }
    }

    /// Every key bound here.
    public var keys: Set<Key> { Set(bindings.flatMap(\.keys)) }

    /// The footer hints, in binding order; disabled bindings stay out of the footer.
    public var hints: [KeyHint] {
        bindings.compactMap { binding in
            guard binding.disabledReason == nil else { return nil }
            return binding.footer.map { KeyHint(key: binding.primaryKeyLabel, text: $0) }
        }
    }

    /// This keymap's bindings first; then `fallback`'s, without the keys this one took over.
    public func layered(over fallback: Keymap) -> Keymap {
        let taken = keys
        let rest = fallback.bindings.compactMap { binding -> KeyBinding? in
            var kept = binding
            kept.keys = binding.keys.filter { !taken.contains($0) }
            return kept.keys.isEmpty ? nil : kept
        }
        return Keymap(title: title, bindings: bindings + rest)
    }

    /// `fallback`'s bindings without the keys this keymap binds: what help lists under "Everywhere".
    public func remainder(of fallback: Keymap) -> Keymap {
        let taken = keys
        let rest = fallback.bindings.compactMap { binding -> KeyBinding? in
            var kept = binding
            kept.keys = binding.keys.filter { !taken.contains($0) }
            return kept.keys.isEmpty ? nil : kept
        }
        return Keymap(title: fallback.title, bindings: rest)
    }
}

extension Keymap {
    /// The keys that work on every screen. Screens add to them and may take a key over.
    /// Left and right are not here: they mean something different on each screen that uses them
    /// (panes, views, hops), so those screens bind them with their own help, and help never lists
    /// a key that does nothing where it is shown.
    public static let global: Keymap = {
        var bindings: [KeyBinding] = [
            KeyBinding([.up, .character("k")], .moveUp, help: "Move the selection up"),
            KeyBinding([.down, .character("j")], .moveDown, help: "Move the selection down"),
            KeyBinding([.pageUp, .control("u")], .pageUp, help: "Scroll up one page"),
            KeyBinding([.pageDown, .control("d")], .pageDown, help: "Scroll down one page"),
            KeyBinding([.home, .character("g")], .top, help: "Go to the first item"),
            KeyBinding([.end, .character("G")], .bottom, help: "Go to the last item"),
            KeyBinding([.enter], .open, help: "Open the selected item"),
            KeyBinding([.escape], .back, help: "Go back, close help, or clear the search"),
            KeyBinding([.tab], .nextScreen, help: "Next screen", footer: "screens"),
            KeyBinding([.backTab], .previousScreen, help: "Previous screen"),
        ]
        let numbers = "1-\(ScreenID.tabs.count)"
        for screen in ScreenID.tabs {
            if let number = screen.number {
                bindings.append(KeyBinding([.character(Character(String(number)))], .showScreen(screen),
                                           help: "Go to the screen with that number in the tab bar", group: numbers))
            }
        }
        bindings += [
            KeyBinding([.character("/")], .startSearch, help: "Search: type to narrow the list", footer: "search"),
            KeyBinding([.character("?"), .function(1)], .help, help: "Show all keys (press again to close)", footer: "help"),
            KeyBinding([.control("l")], .redraw, help: "Redraw the screen"),
            KeyBinding([.character("q"), .control("c")], .quit, help: "Quit", footer: "quit"),
        ]
        return Keymap(title: "Everywhere", bindings: bindings)
    }()
}
