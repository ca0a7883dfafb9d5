// kernel k61_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t309: array<f32>;
@group(0) @binding(1) var<storage, read> t313: array<f32>;
@group(0) @binding(2) var<storage, read_write> t322: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k61_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l310: f32 = t309[col];
    let l315: f32 = t313[0i];
    let v316: f32 = l310 - l315;
    let v317: f32 = v316 * v316;
    acc0_0 += v317;
  }
  partial0[lid] = acc0_0;
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
    let v320: f32 = r0_0 * 0.125f;
    let v321: f32 = sqrt(v320);
    let l313: f32 = t313[0i];
    let v322: f32 = v321 / l313;
    t322[0i] = v322;
  }
}
