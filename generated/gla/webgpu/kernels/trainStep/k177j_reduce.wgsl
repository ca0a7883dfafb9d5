// kernel k177j_reduce
@group(0) @binding(0) var<storage, read> t828: array<f32>;
@group(0) @binding(1) var<storage, read> t827: array<f32>;
@group(0) @binding(2) var<storage, read> t833: array<f32>;
@group(0) @binding(3) var<storage, read_write> t836: array<f32>;
@group(0) @binding(4) var<storage, read_write> t840: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x828: f32 = t828[col];
    acc0_0 += x828;
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
    let x827: f32 = t827[0i];
    let v831: f32 = x827 + r0_0;
    let l834: f32 = t833[0i];
    let v835: f32 = v831 + l834;
    let v836: f32 = sqrt(v835);
    t836[0i] = v836;
    let v838: f32 = v836 + 0.000001f;
    let v839: f32 = 1.0f / v838;
    let v840: f32 = min(v839, 1.0f);
    t840[0i] = v840;
  }
}
