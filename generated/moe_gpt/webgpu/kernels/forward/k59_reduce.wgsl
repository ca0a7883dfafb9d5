// kernel k59_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t305: array<f32>;
@group(0) @binding(1) var<storage, read> t309: array<f32>;
@group(0) @binding(2) var<storage, read_write> t318: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k59_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l306: f32 = t305[col];
    let l311: f32 = t309[0i];
    let v312: f32 = l306 - l311;
    let v313: f32 = v312 * v312;
    acc0_0 += v313;
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
    let v316: f32 = r0_0 * 0.125f;
    let v317: f32 = sqrt(v316);
    let l309: f32 = t309[0i];
    let v318: f32 = v317 / l309;
    t318[0i] = v318;
  }
}
