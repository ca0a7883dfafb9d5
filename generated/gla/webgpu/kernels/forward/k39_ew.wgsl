// kernel k39_ew (compiler/std/linear.loom:48:9)
@group(0) @binding(0) var<storage, read> t223: array<f32>;
@group(0) @binding(1) var<storage, read> t221: array<f32>;
@group(0) @binding(2) var<storage, read_write> t228: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 16i % 4i);
  let g_1: f32 = f32(i / 16i % 16i / 4i);
  let l118: bool = g < g_1;
  let l224: f32 = t223[i / 64i * 16i + i % 16i];
  let l225: f32 = t221[i / 256i * 64i + i % 64i];
  let v226: f32 = l224 - l225;
  let v227: f32 = select(-1000000000.0f, v226, l118);
  let v228: f32 = exp(v227);
  t228[i] = v228;
}
