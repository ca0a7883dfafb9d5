// kernel k27_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t184: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t201: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k27_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l184: f32 = t184[row * 64i + col];
    acc0_0 += l184;
  }
  partial0[lid] = acc0_0;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l184_1: f32 = t184[row * 64i + col_1];
    let v186: f32 = r0_0 * 0.015625f;
    let v188: f32 = l184_1 - v186;
    let v189: f32 = v188 * v188;
    acc1_0 += v189;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l184_2: f32 = t184[row * 64i + col_2];
    let v186_1: f32 = r0_0 * 0.015625f;
    let v188_1: f32 = l184_2 - v186_1;
    let v191: f32 = r1_0 * 0.015625f;
    let v192: f32 = v191 + 0.00001f;
    let v193: f32 = inverseSqrt(v192);
    let v195: f32 = v188_1 * v193;
    let l197: f32 = p_blocks_1_ln1_g[col_2];
    let v198: f32 = v195 * l197;
    let l200: f32 = p_blocks_1_ln1_b[col_2];
    let v201: f32 = v198 + l200;
    t201[row * 64i + col_2] = v201;
  }
}
