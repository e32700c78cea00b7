// The FrontierViews target; see README.md, Architecture.
