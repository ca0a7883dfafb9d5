// kernel k58_ew (compiler/std/moe.loom:18:9)
@group(0) @binding(0) var<storage, read> t278: array<f32>;
@group(0) @binding(1) var<storage, read_write> t283: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k58_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l278: f32 = t278[i];
    let v281: f32 = l278 / 2.0f;
    let v282: f32 = floor(v281);
    let v283: f32 = select(floor(v282), -floor(-v282), v282 < 0.0f);
    t283[i] = v283;
  }
}
