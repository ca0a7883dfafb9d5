// kernel k20_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t146: array<f32>;
@group(0) @binding(1) var<storage, read_write> t152: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l146: f32 = t146[i];
    let v150: f32 = l146 / 2.0f;
    let v151: f32 = floor(v150);
    let v152: f32 = select(floor(v151), -floor(-v151), v151 < 0.0f);
    t152[i] = v152;
  }
}
