// kernel k65_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t296: array<f32>;
@group(0) @binding(1) var<storage, read> t283: array<f32>;
@group(0) @binding(2) var<storage, read> t290: array<f32>;
@group(0) @binding(3) var<storage, read> t292: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k65_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l283: f32 = t283[j];
    if (i32(l283) == i / 64i) {
      let l290: f32 = t290[j * 64i + i % 64i];
      let l294: f32 = t292[j];
      let v295: f32 = l290 * l294;
      acc += v295;
    }
  }
  t296[i] = acc;
}
