// Workbench navigation. The server's menu catalogue (GET /api/smedx/menus,
// the tenant area) decides which menus a user has; this file only knows
// where each menu key leads in the UI, plus a catalogue by role used while
// the server has none. Keys without a page yet lead to 即将开放.

const ROUTES = {
  workbench: '/workbench',
  todo: '/workbench/todo',
  enterprise: '/workbench/enterprise',
  review_cert: '/workbench/review?type=certification',
  review_product: '/workbench/review?type=product_publish',
  review_expert: '/workbench/review?type=product_publish',
  product_publish: '/workbench/products/new',
  my_products: '/workbench/products',
  reviews: '/workbench/reviews',
  orders: '/workbench/orders',
  users: '/workbench/users',
  my_reviews: '/workbench/my-reviews',
  voucher_query: '/workbench/vouchers',
  voucher_activities: '/workbench/voucher-activities',
  voucher_admin: '/workbench/voucher-admin',
  payments: '/workbench/payments',
  announcements: '/workbench/announcements',
}

const ICONS = {
  workbench: 'IconHouse', todo: 'IconBell', enterprise: 'IconOfficeBuilding', my_enterprise: 'IconOfficeBuilding',
  products: 'IconGoods', orders: 'IconTickets', users: 'IconUser', vouchers: 'IconWallet', reviews: 'IconStar',
  customer_reviews: 'IconStar', my_reviews: 'IconStar', review_cert: 'IconStamp', review_product: 'IconFinished',
  review_expert: 'IconFinished', review: 'IconFinished', announcements: 'IconNotification', voucher_admin: 'IconWallet', payments: 'IconMoney',
}

const m = (key, title, children) => ({ key, title, icon: ICONS[key], children })

function catalogue(user) {
  const list = [m('workbench', '工作台'), m('todo', '我的待办')]
  if (user.role === 'provider') {
    list.push(m('enterprise', '我的企业'),
      m('products', '商品管理', [m('product_publish', '商品上架'), m('my_products', '我的商品')]),
      m('reviews', '客户评价'), m('orders', '订单管理'), m('users', '用户管理'))
  } else if (user.role === 'enterprise') {
    list.push(m('enterprise', '我的企业'), m('my_reviews', '我的评价'), m('orders', '订单管理'),
      m('vouchers', '服务券管理', [m('voucher_query', '服务券查询'), m('voucher_activities', '服务券活动')]), m('users', '用户管理'))
  } else if (user.role === 'operator') {
    list.push(m('review_cert', '认证审核'), m('review_product', '商品初审'), m('voucher_admin', '服务券活动管理'), m('payments', '线下支付确认'), m('announcements', '公告管理'))
  } else if (user.role === 'department') {
    list.push(m('review_product', '商品终审'))
  }
  if (user.is_expert) list.push(m('review_expert', '专家评审'))
  return list
}

export function menuPath(item) {
  if (!item) return ''
  if (ROUTES[item.key]) return ROUTES[item.key]
  if (item.path && item.path.startsWith('/workbench')) return item.path
  return `/workbench/m/${encodeURIComponent(item.key)}?title=${encodeURIComponent(item.title || item.key)}`
}

// menuFor builds the navigation of user from the server catalogue (null
// when the server has none): only allowed items, known icons, and the
// reviewer entries the user's role or expert flag gives.
export function menuFor(user, server) {
  if (!user) return []
  let items
  if (server && server.items?.length) {
    const allowed = server.allowedKeys ? new Set(server.allowedKeys) : null
    const keep = (it) => !it.hidden && it.allowed !== false && (!allowed || allowed.has(it.key) || it.children?.some(keep))
    const norm = (it) => ({ ...it, icon: ICONS[it.key] || it.icon && `Icon${it.icon}`, children: it.children?.filter(keep).map(norm) })
    items = server.items.filter(keep).map(norm)
    for (const r of catalogue(user).filter((x) => x.key.startsWith('review'))) {
      if (!items.some((i) => i.key === r.key || menuPath(i) === menuPath(r))) items.push(r)
    }
  } else {
    items = catalogue(user)
    const granted = Array.isArray(user.menus) && user.menus.length && !user.tenant_admin ? new Set(user.menus) : null
    if (granted) {
      const keep = (it) => it.key === 'workbench' || granted.has(it.key) || it.children?.some(keep)
      items = items.filter(keep).map((it) => ({ ...it, children: it.children?.filter(keep) }))
    }
  }
  if (!items.some((i) => i.key === 'workbench')) items.unshift(m('workbench', '工作台'))
  return items
}
