// kernel k62b_reduce
@group(0) @binding(0) var<storage, read> t436: array<f32>;
@group(0) @binding(1) var<storage, read> t264: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t439: array<f32>;
@group(0) @binding(4) var<storage, read_write> t441: array<f32>;
@group(0) @binding(5) var<storage, read_write> t951: array<f32>;
@group(0) @binding(6) var<storage, read> t437: array<f32>;
@group(0) @binding(7) var<storage, read_write> t955: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k62b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let x436: f32 = t436[row + col * 64i];
    let l264: f32 = t264[row + col * 64i];
    let v440: f32 = x436 * l264;
    let l266: f32 = p_blocks_1_ln2_g[row];
    let v439: f32 = x436 * l266;
    t439[row + col * 64i] = v439;
    acc0_0 += v440;
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
    t441[row] = r0_0;
    let v951: f32 = r0_0 * r0_0;
    t951[row] = v951;
    let x437: f32 = t437[row];
    let v955: f32 = x437 * x437;
    t955[row] = v955;
  }
}
