{ name = "app"; }
