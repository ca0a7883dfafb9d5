// kernel k125_scatter (dsl-examples/spikegpt.loom:34:72)
@group(0) @binding(0) var<storage, read_write> t793: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t786: array<f32>;
@group(0) @binding(3) var<storage, read> t789: array<f32>;
@group(0) @binding(4) var<storage, read> t44: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l42: f32 = in_tokens[j];
    if (i32(l42) == i / 64i) {
      let l786: f32 = t786[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l790: f32 = t789[j / 64i * 64i + j % 64i];
      let v791: f32 = l786 + l790;
      let l44: f32 = t44[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v49: f32 = l44 * 3.1415927f;
      let v50: f32 = v49 * v49;
      let v52: f32 = 1.0f + v50;
      let v53: f32 = 1.0f / v52;
      let v792: f32 = v791 * v53;
      acc += v792;
    }
  }
  t793[i] = acc;
}
