// kernel k177i_reduce
@group(0) @binding(0) var<storage, read> t812: array<f32>;
@group(0) @binding(1) var<storage, read> t803: array<f32>;
@group(0) @binding(2) var<storage, read> t805: array<f32>;
@group(0) @binding(3) var<storage, read> t809: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read> t821: array<f32>;
@group(0) @binding(6) var<storage, read> t825: array<f32>;
@group(0) @binding(7) var<storage, read_write> t827: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x812: f32 = t812[col];
    acc0_0 += x812;
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
  if (lid == 0i) {
    let x803: f32 = t803[0i];
    let l806: f32 = t805[0i];
    let v807: f32 = x803 + l806;
    let l810: f32 = t809[0i];
    let v811: f32 = v807 + l810;
    let v815: f32 = v811 + r0_0;
    let l818: f32 = t817[0i];
    let v819: f32 = v815 + l818;
    let l822: f32 = t821[0i];
    let v823: f32 = v819 + l822;
    let l826: f32 = t825[0i];
    let v827: f32 = v823 + l826;
    t827[0i] = v827;
  }
}
