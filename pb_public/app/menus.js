// Workbench navigation. The server's menu catalogue (GET /api/smedx/menus)
// is the only list of menus: it decides which a user has, their titles,
// icons and where each leads. This file keeps no catalogue of its own; it
// only shapes the server's answer for el-menu and finds the entry that
// belongs to the current page.

// menuPath is where a menu entry leads (its server path).
export function menuPath(item) {
  return item?.path || ''
}

// menuFor shapes the server's navigation of user for the side menu:
// granted entries (the server sends only those), their icon components,
// and 工作台 first.
export function menuFor(user, server) {
  if (!user || !server) return []
  const allowed = server.allowedKeys ? new Set(server.allowedKeys) : null
  const keep = (it) => !it.hidden && (!allowed || allowed.has(it.key) || it.children?.some(keep))
  const norm = (it) => ({ ...it, icon: it.icon ? `Icon${it.icon}` : '', children: it.children?.filter(keep).map(norm) })
  return (server.items || []).filter(keep).map(norm)
}

// flatMenus lists every entry of the tree with its parent's title.
export function flatMenus(items) {
  const out = []
  for (const m of items || []) {
    out.push({ ...m, parentTitle: '' })
    for (const c of m.children || []) out.push({ ...c, parentTitle: m.title })
  }
  return out
}

// activeMenu finds the menu entry of the page at (path, query): an entry
// whose path is this page (query included when the entry has one, e.g.
// 认证审核 = /workbench/review?type=certification), else the entry whose
// path is the longest prefix (订单详情 under 订单管理), else the entry the
// route names (申请详情 belongs to 我的待办). 工作台 only matches itself.
export function activeMenu(flat, path, query, routeMenu) {
  let best = null
  let bestLen = -1
  for (const m of flat) {
    const p = menuPath(m)
    if (!p) continue
    const [bare, qs] = p.split('?')
    let hit = false
    if (qs) {
      const want = new URLSearchParams(qs)
      hit = path === bare && [...want].every(([k, v]) => query[k] === v)
    } else if (bare === '/workbench') {
      hit = path === bare
    } else {
      hit = path === bare || path.startsWith(bare + '/')
    }
    if (hit && p.length > bestLen) {
      best = m
      bestLen = p.length
    }
  }
  return best || flat.find((m) => m.key === routeMenu) || null
}
