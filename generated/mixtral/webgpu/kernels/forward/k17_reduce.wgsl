// kernel k17_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t127: array<f32>;
@group(0) @binding(1) var<storage, read> t132: array<f32>;
@group(0) @binding(2) var<storage, read_write> t141: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k17_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l128: f32 = t127[col];
    let l134: f32 = t132[0i];
    let v135: f32 = l128 - l134;
    let v136: f32 = v135 * v135;
    acc0_0 += v136;
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
    let v139: f32 = r0_0 * 0.125f;
    let v140: f32 = sqrt(v139);
    let l132: f32 = t132[0i];
    let v141: f32 = v140 / l132;
    t141[0i] = v141;
  }
}
