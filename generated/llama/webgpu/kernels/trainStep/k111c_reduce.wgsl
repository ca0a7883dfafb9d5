// kernel k111c_reduce
@group(0) @binding(0) var<storage, read> t459: array<f32>;
@group(0) @binding(1) var<storage, read> t32: array<f32>;
@group(0) @binding(2) var<storage, read_write> t462: array<f32>;
@group(0) @binding(3) var<storage, read_write> t502: array<f32>;
@group(0) @binding(4) var<storage, read> t385: array<f32>;
@group(0) @binding(5) var<storage, read_write> t522: array<f32>;
@group(0) @binding(6) var<storage, read> t351: array<f32>;
@group(0) @binding(7) var<storage, read_write> t538: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k111c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l459: f32 = t459[row + col * 64i];
    let l32: f32 = t32[row + col * 64i];
    let v461: f32 = l459 * l32;
    acc0_0 += v461;
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
    t462[row] = r0_0;
    let v502: f32 = r0_0 * r0_0;
    t502[row] = v502;
    let x385: f32 = t385[row];
    let v522: f32 = x385 * x385;
    t522[row] = v522;
    let x351: f32 = t351[row];
    let v538: f32 = x351 * x351;
    t538[row] = v538;
  }
}
