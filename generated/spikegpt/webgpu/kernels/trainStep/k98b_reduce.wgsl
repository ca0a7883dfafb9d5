// kernel k98b_reduce
@group(0) @binding(0) var<storage, read> t631: array<f32>;
@group(0) @binding(1) var<storage, read> t151: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t634: array<f32>;
@group(0) @binding(4) var<storage, read_write> t636: array<f32>;
@group(0) @binding(5) var<storage, read_write> t879: array<f32>;
@group(0) @binding(6) var<storage, read> t632: array<f32>;
@group(0) @binding(7) var<storage, read_write> t883: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k98b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let x631: f32 = t631[row + col * 64i];
    let l151: f32 = t151[row + col * 64i];
    let v635: f32 = x631 * l151;
    let l153: f32 = p_blocks_0_ln2_g[row];
    let v634: f32 = x631 * l153;
    t634[row + col * 64i] = v634;
    acc0_0 += v635;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t636[row] = r0_0;
    let v879: f32 = r0_0 * r0_0;
    t879[row] = v879;
    let x632: f32 = t632[row];
    let v883: f32 = x632 * x632;
    t883[row] = v883;
  }
}
