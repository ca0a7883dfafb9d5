// kernel k182_reduce
@group(0) @binding(0) var<storage, read> t458: array<f32>;
@group(0) @binding(1) var<storage, read> t474: array<f32>;
@group(0) @binding(2) var<storage, read> t490: array<f32>;
@group(0) @binding(3) var<storage, read> t506: array<f32>;
@group(0) @binding(4) var<storage, read> t522: array<f32>;
@group(0) @binding(5) var<storage, read> t538: array<f32>;
@group(0) @binding(6) var<storage, read_write> t822: array<f32>;
@group(0) @binding(7) var<storage, read_write> t967: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k182_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16128i; col += 256i) {
    let l458: f32 = t458[col];
    let l474: f32 = t474[col];
    let v818: f32 = l458 + l474;
    let l490: f32 = t490[col];
    let v819: f32 = v818 + l490;
    let l506: f32 = t506[col];
    let v820: f32 = v819 + l506;
    let l522: f32 = t522[col];
    let v821: f32 = v820 + l522;
    let l538: f32 = t538[col];
    let v822: f32 = v821 + l538;
    let v966: f32 = v822 * v822;
    t822[col] = v822;
    acc0_0 += v966;
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
    t967[0i] = r0_0;
  }
}
