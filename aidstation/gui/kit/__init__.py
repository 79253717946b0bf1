"""The kit every screen uses: form loader, widgets, table models, tasks, messages, i18n, hand-offs."""
