// kernel k25_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t141: array<f32>;
@group(0) @binding(1) var<storage, read> t128: array<f32>;
@group(0) @binding(2) var<storage, read> t135: array<f32>;
@group(0) @binding(3) var<storage, read> t137: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l128: f32 = t128[j];
    if (i32(l128) == i / 64i) {
      let l135: f32 = t135[j * 64i + i % 64i];
      let l139: f32 = t137[j];
      let v140: f32 = l135 * l139;
      acc += v140;
    }
  }
  t141[i] = acc;
}
