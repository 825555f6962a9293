// 重新编辑 of a revoked or rejected application, shared by 我的待办 and
// 申请详情: where it leads and whether a row still offers it.
import { ElMessage } from 'element-plus'
import { pb, reeditProduct } from './api.js'
import { session } from './store.js'
import { push } from './router.js'

const ENDED = ['revoked', 'rejected']

// currentApplications answers {applicationId: bool} for the ended rows of
// items: true when the row is still the newest application of its product
// (or of the tenant's certification) and its subject still waits for an
// edit. A row is superseded once a newer application exists, or once the
// product moved on (submitted again, listed, deleted).
export async function currentApplications(items) {
  const out = {}
  const ended = items.filter((a) => ENDED.includes(a.status))
  if (!ended.length) return out
  const products = [...new Set(ended.filter((a) => a.type === 'product_publish' && a.product).map((a) => a.product))]
  const newest = {}
  const status = {}
  if (products.length) {
    const any = products.map((p) => pb.filter('product = {:p}', { p })).join(' || ')
    const [apps, prods] = await Promise.all([
      pb.collection('applications').getFullList({ filter: `type = "product_publish" && (${any})`, sort: '-created', fields: 'id,product' }),
      pb.collection('products').getFullList({ filter: products.map((id) => pb.filter('id = {:id}', { id })).join(' || '), fields: 'id,status' }),
    ])
    for (const a of apps) if (!newest[a.product]) newest[a.product] = a.id
    for (const p of prods) status[p.id] = p.status
  }
  const cert = session.enterprise?.cert_status
  const certApps = ended.filter((a) => a.type === 'certification')
  let newestCert = ''
  if (certApps.length && session.user?.enterprise) {
    const r = await pb.collection('applications').getList(1, 1, { filter: pb.filter('type = "certification" && enterprise = {:e}', { e: session.user.enterprise }), sort: '-created', fields: 'id', skipTotal: true })
    newestCert = r.items[0]?.id || ''
  }
  for (const a of ended) {
    if (a.type === 'certification') {
      out[a.id] = a.id === newestCert && !['pending', 'approved'].includes(cert)
      continue
    }
    const s = status[a.product]
    // A revision of a listed product leaves the product listed; a first
    // listing leaves it rejected/revoked, or draft once 重新编辑 was used.
    const editable = a.revision ? s === 'listed' : [...ENDED, 'draft'].includes(s)
    out[a.id] = newest[a.product] === a.id && editable
  }
  return out
}

// reeditApplication opens the editor of what a. applied for: 我的企业 for a
// certification; for a product, the product turns back into a draft (the
// server's reedit) and 商品上架 opens it. A listed product's revision is
// edited as a new revision, so the product itself is not touched.
export async function reeditApplication(a) {
  if (a.type === 'certification') return push('/workbench/enterprise')
  if (!a.revision) {
    const p = await pb.collection('products').getOne(a.product, { fields: 'id,status' })
    if (ENDED.includes(p.status)) {
      await reeditProduct(a.product)
      ElMessage.success('商品已转为草稿，可重新编辑后提交')
    }
  }
  push(`/workbench/products/${a.product}/edit`)
}
