// kernel k181_reduce
@group(0) @binding(0) var<storage, read> t444: array<f32>;
@group(0) @binding(1) var<storage, read> t461: array<f32>;
@group(0) @binding(2) var<storage, read> t477: array<f32>;
@group(0) @binding(3) var<storage, read> t493: array<f32>;
@group(0) @binding(4) var<storage, read> t509: array<f32>;
@group(0) @binding(5) var<storage, read> t525: array<f32>;
@group(0) @binding(6) var<storage, read_write> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t971: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k181_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16128i; col += 256i) {
    let l444: f32 = t444[col];
    let l461: f32 = t461[col];
    let v813: f32 = l444 + l461;
    let l477: f32 = t477[col];
    let v814: f32 = v813 + l477;
    let l493: f32 = t493[col];
    let v815: f32 = v814 + l493;
    let l509: f32 = t509[col];
    let v816: f32 = v815 + l509;
    let l525: f32 = t525[col];
    let v817: f32 = v816 + l525;
    let v970: f32 = v817 * v817;
    t817[col] = v817;
    acc0_0 += v970;
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
    t971[0i] = r0_0;
  }
}
