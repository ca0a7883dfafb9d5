// kernel k25_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t170: array<f32>;
@group(0) @binding(1) var<storage, read_write> t176: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l170: f32 = t170[i];
    let v174: f32 = l170 / 2.0f;
    let v175: f32 = floor(v174);
    let v176: f32 = select(floor(v175), -floor(-v175), v175 < 0.0f);
    t176[i] = v176;
  }
}
