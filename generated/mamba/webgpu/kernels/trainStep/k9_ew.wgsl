// kernel k9_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t38: array<f32>;
@group(0) @binding(1) var<storage, read_write> t88: array<f32>;
@group(0) @binding(2) var<storage, read_write> t89: array<f32>;
@group(0) @binding(3) var<storage, read> t83: array<f32>;
@group(0) @binding(4) var<storage, read_write> t90: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l87: f32 = t38[128i + i / 128i * 256i + i % 128i];
  let v88: f32 = 1.0f / (1.0f + exp(min(-l87, 88.0f)));
  t88[i] = v88;
  let v89: f32 = l87 * v88;
  t89[i] = v89;
  let l86: f32 = t83[i / 8192i * 128i + i / 128i % 64i * 2048i + i % 128i];
  let v90: f32 = l86 * v89;
  t90[i] = v90;
}
