// kernel k103_scatter
@group(0) @binding(0) var<storage, read_write> t543: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t452: array<f32>;
@group(0) @binding(3) var<storage, read> t526: array<f32>;
@group(0) @binding(4) var<storage, read> t30: array<f32>;
@group(0) @binding(5) var<storage, read> t537: array<f32>;
@group(0) @binding(6) var<storage, read> t23: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k103_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l21: f32 = in_tokens[j];
    if (i32(l21) == i / 64i) {
      let l452: f32 = t452[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l526: f32 = t526[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l31: f32 = t30[j / 64i * 64i + j % 64i];
      let v530: f32 = l526 * l31;
      let v540: f32 = l452 + v530;
      let l538: f32 = t537[j / 64i * 64i + j % 64i];
      let l23: f32 = t23[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v539: f32 = l538 * l23;
      let v541: f32 = v540 + v539;
      let v542: f32 = v541 + v539;
      acc += v542;
    }
  }
  t543[i] = acc;
}
