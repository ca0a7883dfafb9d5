// kernel k26_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t179: array<f32>;
@group(0) @binding(1) var<storage, read_write> t185: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l179: f32 = t179[i];
    let v183: f32 = l179 / 2.0f;
    let v184: f32 = floor(v183);
    let v185: f32 = select(floor(v184), -floor(-v184), v184 < 0.0f);
    t185[i] = v185;
  }
}
