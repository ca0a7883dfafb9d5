// kernel k29_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t178: array<f32>;
@group(0) @binding(1) var<storage, read> t181: array<f32>;
@group(0) @binding(2) var<storage, read_write> t182: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 96i) {
    let l178: f32 = t178[i];
    let v179: f32 = 1.0f / (1.0f + exp(min(-l178, 88.0f)));
    let v180: f32 = l178 * v179;
    let l181: f32 = t181[i];
    let v182: f32 = v180 * l181;
    t182[i] = v182;
  }
}
