// kernel k52b_reduce
@group(0) @binding(0) var<storage, read> t385: array<f32>;
@group(0) @binding(1) var<storage, read> t233: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t388: array<f32>;
@group(0) @binding(4) var<storage, read_write> t390: array<f32>;
@group(0) @binding(5) var<storage, read_write> t857: array<f32>;
@group(0) @binding(6) var<storage, read> t386: array<f32>;
@group(0) @binding(7) var<storage, read_write> t861: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k52b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let x385: f32 = t385[row + col * 64i];
    let l233: f32 = t233[row + col * 64i];
    let v389: f32 = x385 * l233;
    let l235: f32 = p_blocks_1_ln2_g[row];
    let v388: f32 = x385 * l235;
    t388[row + col * 64i] = v388;
    acc0_0 += v389;
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
    t390[row] = r0_0;
    let v857: f32 = r0_0 * r0_0;
    t857[row] = v857;
    let x386: f32 = t386[row];
    let v861: f32 = x386 * x386;
    t861[row] = v861;
  }
}
