// kernel k74a_reduce
@group(0) @binding(0) var<storage, read> t408: array<f32>;
@group(0) @binding(1) var<storage, read> t457: array<f32>;
@group(0) @binding(2) var<storage, read> t460: array<f32>;
@group(0) @binding(3) var<storage, read_write> t463: array<f32>;
@group(0) @binding(4) var<storage, read_write> t464: array<f32>;
@group(0) @binding(5) var<storage, read_write> t492: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k74a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l408: f32 = t408[row + col * 4096i];
    let l457: f32 = t457[row + col * 4096i];
    let v462: f32 = l408 + l457;
    let l461: f32 = t460[row / 64i + col * 64i];
    let v463: f32 = v462 + l461;
    t463[row + col * 4096i] = v463;
    acc0_0 += v463;
  }
  partial0[lid] = acc0_0;
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
    t464[row] = r0_0;
    let v492: f32 = r0_0 * r0_0;
    t492[row] = v492;
  }
}
