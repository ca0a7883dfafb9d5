// kernel k17a_reduce
@group(0) @binding(0) var<storage, read> t620: array<f32>;
@group(0) @binding(1) var<storage, read> t626: array<f32>;
@group(0) @binding(2) var<storage, read> t632: array<f32>;
@group(0) @binding(3) var<storage, read> t638: array<f32>;
@group(0) @binding(4) var<storage, read> t644: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t656: array<f32>;
@group(0) @binding(7) var<storage, read_write> t718: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let g: f32 = t620[row + col / 16i * 128i];
    let l622: f32 = select(0.0f, g, col % 16i + -15i >= 0i && col % 16i + -15i < 1i);
    let g_1: f32 = t626[row + col / 16i * 128i];
    let l628: f32 = select(0.0f, g_1, col % 16i + -14i >= 0i && col % 16i + -14i < 1i);
    let v713: f32 = l622 + l628;
    let g_2: f32 = t632[row + col / 16i * 128i];
    let l634: f32 = select(0.0f, g_2, col % 16i + -13i >= 0i && col % 16i + -13i < 1i);
    let v714: f32 = v713 + l634;
    let g_3: f32 = t638[row + col / 16i * 128i];
    let l640: f32 = select(0.0f, g_3, col % 16i + -12i >= 0i && col % 16i + -12i < 1i);
    let v715: f32 = v714 + l640;
    let g_4: f32 = t644[row + col / 16i * 128i];
    let l646: f32 = select(0.0f, g_4, col % 16i + -11i >= 0i && col % 16i + -11i < 1i);
    let v716: f32 = v715 + l646;
    let g_5: f32 = t650[row + col / 16i * 128i];
    let l652: f32 = select(0.0f, g_5, col % 16i + -10i >= 0i && col % 16i + -10i < 1i);
    let v717: f32 = v716 + l652;
    let g_6: f32 = t656[row + col / 16i * 128i];
    let l658: f32 = select(0.0f, g_6, col % 16i + -9i >= 0i && col % 16i + -9i < 1i);
    let v718: f32 = v717 + l658;
    t718[row + col * 128i] = v718;
  }
}
